/**
 * The guest's `Proxy`, which remembers each proxy's target so that logging one never runs its traps.
 * Node's `util.inspect` (and so `console.log`) looks through a proxy to its target with V8's own API and prints
 * the target, or `<Revoked Proxy>`. JavaScript has no such API, so the guest's `Proxy` records what it makes
 * (docs/semantics.md D20). It wraps a bound copy of the real constructor: `new Proxy(…)`, `Proxy(…)` without
 * `new`, `Proxy.name`, `Proxy.length`, `Proxy.prototype` (undefined) and every error are the real one's.
 * Environment-agnostic: no Node or DOM imports.
 */

/** Each guest proxy's target; null once `revoke()` was called. */
const targets = new WeakMap<object, object | null>()

/** The target the guest made this proxy with, null if revoked, undefined when it is not a guest proxy. */
export function proxyTarget(value: object): object | null | undefined {
  return targets.get(value)
}

/** A fresh `Proxy` for one compartment's global object. */
export function createGuestProxy(): ProxyConstructor {
  const RealProxy = Proxy
  const revocable = (target: object, handler: ProxyHandler<object>) => {
    const made = RealProxy.revocable(target, handler)
    targets.set(made.proxy, target)
    return {
      proxy: made.proxy,
      revoke: () => {
        targets.set(made.proxy, null)
        made.revoke()
      },
    }
  }
  // A bound function can be constructed and has no `prototype`, like Proxy; unlike frozen Proxy, it can
  // carry the recording `revocable`.
  const bound = RealProxy.bind(undefined)
  Object.defineProperties(bound, {
    name: { value: 'Proxy' },
    revocable: { value: revocable, writable: true, configurable: true },
  })
  return new RealProxy(bound, {
    // Proxy's constructor makes the same proxy whatever `new.target` is.
    construct(real, args: unknown[]) {
      const proxy = Reflect.construct(real, args) as object
      targets.set(proxy, args[0] as object)
      return proxy
    },
  })
}
