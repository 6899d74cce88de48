/**
 * Objects assembled from the parts modules contribute (the services and the loaders of a unit of
 * work), each part built only when one of its keys is first read.
 *
 * Every request builds both (the session check one more set of services); most use two or three
 * modules of some twenty. Building every part each time (dozens of DataLoaders, services with their
 * per-call visibility tables and event rules) was a tenth of a list page's CPU. JavaScript has no
 * lazy object of unknown keys short of a Proxy, which would slow every later read; so the keys of
 * each part are learnt from the first assembly under the same `layoutKey` (built eagerly), and
 * later ones define a getter per key that builds its part and replaces the getters with values.
 */
type Layout = (readonly string[] | null)[];

const layouts = new WeakMap<object, Layout>();

/**
 * Adds to `target` the parts `factories` build, in order (a factory may read what the parts before
 * it added). Parts with the same `layoutKey` must return the same keys each time.
 */
export function assembleLazily<T extends object>(
  target: T,
  layoutKey: object,
  factories: readonly ((() => object) | null)[],
): T {
  const into = target as Record<string, unknown>;
  const layout = layouts.get(layoutKey);
  if (!layout) {
    const learnt: Layout = [];
    for (const factory of factories) {
      const part = factory?.() ?? null;
      if (part) Object.assign(into, part);
      learnt.push(part ? Object.keys(part) : null);
    }
    layouts.set(layoutKey, learnt);
    return target;
  }
  factories.forEach((factory, i) => {
    const keys = layout[i];
    if (!factory || !keys) return;
    let built = false;
    const build = () => {
      if (built) return;
      built = true;
      const part = factory() as Record<string, unknown>;
      for (const k of keys)
        Object.defineProperty(into, k, { value: part[k], writable: true, enumerable: true, configurable: true });
    };
    for (const k of keys)
      Object.defineProperty(into, k, {
        get() {
          build();
          return into[k];
        },
        enumerable: true,
        configurable: true,
      });
  });
  return target;
}
