/**
 * pdf.js's legacy build (the one meant for Node) bundles core-js, and loading it replaces some of
 * the host's built-ins for the whole process. In Node 20 it swaps `Array.prototype.push` for a
 * JavaScript loop (core-js flags a V8 edge case, `push()` with no arguments on a frozen length) and
 * `JSON.parse`/`JSON.stringify` for versions that add raw-JSON support. pdf.js relies on none of
 * those edge cases, but every `push` in the process (pdf.js's and ours, and our host's) then runs
 * the slow loop: 15 % of a batch's time. So built-ins that were native before the import and were
 * replaced by it are put back; what the build only adds (`Promise.withResolvers`, `Map.prototype
 * .getOrInsert`, ...) stays, since pdf.js needs it. A library should not change its host's globals.
 */

/** The built-in objects whose own functions are watched. */
const WATCHED: readonly object[] = [
  Object, Array, Array.prototype, String, String.prototype, Number, Number.prototype, Math, JSON,
  Promise, Promise.prototype, Map.prototype, Set.prototype, WeakMap.prototype, RegExp.prototype,
  Function.prototype, Reflect, ArrayBuffer.prototype, Uint8Array, Object.getPrototypeOf(Uint8Array.prototype) as object,
];

/** Run `load` (an import), then restore any native built-in function it replaced. Returns what it restored. */
export async function keepingBuiltins<T>(load: () => Promise<T>): Promise<{ value: T; restored: string[] }> {
  const saved = WATCHED.map((owner) => ({ owner, natives: nativeFunctions(owner) }));
  const value = await load();
  const restored: string[] = [];
  for (const { owner, natives } of saved) {
    for (const [key, descriptor] of natives) {
      const now = Object.getOwnPropertyDescriptor(owner, key);
      if (now?.value === descriptor.value || now?.configurable === false) continue;
      Object.defineProperty(owner, key, descriptor);
      restored.push(`${nameOf(owner)}.${String(key)}`);
    }
  }
  return { value, restored };
}

function nativeFunctions(owner: object): Map<PropertyKey, PropertyDescriptor> {
  const natives = new Map<PropertyKey, PropertyDescriptor>();
  for (const key of Reflect.ownKeys(owner)) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    if (typeof descriptor?.value === 'function' && isNative(descriptor.value as () => unknown)) natives.set(key, descriptor);
  }
  return natives;
}

const isNative = (fn: () => unknown): boolean => /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));

function nameOf(owner: object): string {
  if (owner === JSON) return 'JSON';
  if (owner === Math) return 'Math';
  if (owner === Reflect) return 'Reflect';
  const ctor = (owner as { constructor?: { name?: string } }).constructor;
  if (typeof owner === 'function') return (owner as { name: string }).name;
  return `${ctor?.name ?? 'Object'}.prototype`;
}
