/**
 * Attribute names are data: DynamoDB accepts any name, `__proto__` and `constructor` included. Items stay plain
 * objects (what JSON, postMessage and the UI carry), so code that sets or reads an attribute by a name taken from
 * data goes through these two: assigning `map['__proto__']` would change the prototype instead of adding a key,
 * and reading `map['constructor']` would find Object's own function when the item has no such attribute.
 */
export function setAttribute<T>(map: Record<string, T>, name: string, value: T): void {
  if (name === '__proto__')
    Object.defineProperty(map, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  else map[name] = value
}

/** The map's own value for `name`; undefined when the map has no such attribute. */
export function attributeOf<T>(map: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(map, name) ? map[name] : undefined
}
