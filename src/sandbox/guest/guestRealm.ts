/**
 * The isolation boundary inside the sandbox's worker (docs/sandbox.md): SES `lockdown()` freezes the
 * realm's shared intrinsics and tames every code evaluator, then each execution environment gets its
 * own `Compartment`, whose global object holds only what we endow. The handler's code can reach
 * nothing else: no host global (`process`, `require`, `self`, `postMessage`, `fetch`), and no
 * `Function` or `eval` that runs outside its compartment.
 * Environment-agnostic: runs in the Node worker thread and in the browser's Web Worker.
 */
import 'ses'

/** What a guest module is evaluated in: one per execution environment. */
export interface GuestRealm {
  /** The compartment's own global object: the guest's `globalThis` and `global`. */
  readonly globalThis: object
  /** Evaluates a script (strict mode) in the compartment; SES's source checks apply. */
  evaluate(source: string): unknown
}

/**
 * Locks the realm down, once per thread. Each host entry calls it after the runtime's own modules are
 * loaded (so they keep the intrinsics they captured) and before any user code arrives.
 */
export function lockdownOnce(): void {
  if (isLockedDown()) return
  lockdown({
    // Keep V8's real `error.stack` (frames included) on the guest's errors: the handler's stack is
    // printed in its logs and in Lambda's error documents (`trace`). 'safe' would hide it.
    errorTaming: 'unsafe',
    // Keep every frame; stackTrace.ts removes the host's own (paths of the worker, SES's evaluator)
    // and keeps native ones (`at Array.map (<anonymous>)`), as Node prints them.
    stackFiltering: 'verbose',
    // Frozen prototypes would break `this.name = …` in an Error subclass, or `obj.toString = …` on
    // an ordinary object (the "override mistake"). 'severe' turns every such inherited data
    // property into an accessor that lets instances override it, as in unfrozen Node.
    overrideTaming: 'severe',
    // The realm's console is the host's (the guest gets its own Lambda-shaped console); SES's
    // causal console would only change what the host prints.
    consoleTaming: 'unsafe',
    // Keep `toLocaleString` and friends locale-aware, as in Lambda (`(1234.5).toLocaleString()`
    // gives '1,234.5'); 'safe' would make them behave as `toString`.
    localeTaming: 'unsafe',
    // Leave uncaught exceptions and unhandled rejections to the platform, instead of SES printing
    // them to the runner's stderr ('platform' would also exit with status -1 on an uncaught
    // exception). Each host entry reports unhandled rejections to the runtime (docs/semantics.md D20).
    errorTrapping: 'none',
    unhandledRejectionTrapping: 'none',
  })
}

/** After lockdown, the realm's shared intrinsics are frozen. */
function isLockedDown(): boolean {
  return Object.isFrozen(Object.prototype)
}

/**
 * A fresh compartment whose global object holds the realm's shared (frozen, powerless) intrinsics
 * plus the given endowments, each hardened first. Endow only what the guest may have.
 */
export function createGuestCompartment(endowments: Readonly<Record<string, unknown>>): GuestRealm {
  // A compartment made before lockdown shares mutable intrinsics with the host: no boundary at all.
  if (!isLockedDown()) throw new Error('lockdownOnce() must run before any guest compartment')
  const globals: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(endowments)) globals[name] = harden(value)
  const compartment = new Compartment({ __options__: true, globals })
  return {
    globalThis: compartment.globalThis,
    evaluate: (source): unknown =>
      compartment.evaluate(source, {
        // SES rejects `eval(` in the module's source by default (a direct eval would look like it
        // sees local variables). In a compartment `eval` is the compartment's own (indirect) eval,
        // so allowing the text costs no safety; it only means `eval` never sees locals.
        __rejectSomeDirectEvalExpressions__: false,
      }),
  }
}
