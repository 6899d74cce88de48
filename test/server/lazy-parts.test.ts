/**
 * The services and loaders of a unit of work are built part by part, when first used
 * (server/src/graphql/lazy-parts.ts): same keys and same behaviour as building them all.
 */
import { assembleLazily } from '../../server/src/graphql/lazy-parts';

describe('assembleLazily', () => {
  function parts(log: string[]) {
    const target: Record<string, unknown> = { base: 1 };
    const factories = [
      () => {
        log.push('a');
        return { one: { n: 1 }, two: { n: 2 } };
      },
      null,
      // Reads what the first part added, as a module's services read earlier modules'.
      () => {
        log.push('b');
        return { three: { n: (target.one as { n: number }).n + 2 } };
      },
    ];
    return { target, factories };
  }

  it('builds everything on the first assembly of a layout, and learns its keys', () => {
    const log: string[] = [];
    const key = {};
    const { target, factories } = parts(log);
    assembleLazily(target, key, factories);
    expect(log).toEqual(['a', 'b']);
    expect(Object.keys(target)).toEqual(['base', 'one', 'two', 'three']);
  });

  it('later builds a part only when one of its keys is read, once, with the parts before it', () => {
    const key = {};
    const first = parts([]);
    assembleLazily(first.target, key, first.factories);

    const log: string[] = [];
    const { target, factories } = parts(log);
    assembleLazily(target, key, factories);
    expect(log).toEqual([]);
    expect(Object.keys(target)).toEqual(['base', 'one', 'two', 'three']);

    expect(target.three).toEqual({ n: 3 });
    expect(log).toEqual(['b', 'a']);
    const two = target.two;
    expect(two).toEqual({ n: 2 });
    expect(target.two).toBe(two);
    expect(log).toEqual(['b', 'a']);
    // Built values are plain data properties: assignable, as before.
    target.one = 'replaced';
    expect(target.one).toBe('replaced');
  });

  it('a layout is per key: another app with other parts learns its own', () => {
    const log: string[] = [];
    const target: Record<string, unknown> = {};
    assembleLazily(target, {}, [() => (log.push('x'), { x: 1 })]);
    expect(target).toEqual({ x: 1 });
    expect(log).toEqual(['x']);
  });
});
