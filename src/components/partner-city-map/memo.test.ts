import { expect } from '@open-wc/testing';
import { memo } from './memo.js';

// The map's memo on its own: the last call kept by default, or the last few, compared on the
// arguments or on what `key` gives.

describe('memo', () => {
  const counted = <A extends unknown[]>(key?: (...args: A) => readonly unknown[], size?: number) => {
    const calls: A[] = [];
    const f = memo(
      (...args: A) => {
        calls.push(args);
        return args.join();
      },
      key,
      size,
    );
    return { f, calls };
  };

  it('computes again when an argument changes, and keeps only the last call by default', () => {
    const { f, calls } = counted<[number, number]>();
    expect([f(1, 2), f(1, 2), f(1, 3), f(1, 2)]).to.deep.equal(['1,2', '1,2', '1,3', '1,2']);
    expect(calls).to.have.length(3);
  });

  it('keeps the last `size` different calls, the oldest dropped first', () => {
    const { f, calls } = counted<[number]>(undefined, 2);
    f(1);
    f(2);
    f(1);
    expect(calls).to.have.length(2);
    // 1 was used last: 3 drops 2, not 1.
    f(3);
    f(1);
    expect(calls).to.have.length(3);
    f(2);
    expect(calls).to.have.length(4);
  });

  it('compares calls on what `key` gives', () => {
    const { f, calls } = counted<[{ id: string }]>((o) => [o.id]);
    expect(f({ id: 'a' })).to.equal('[object Object]');
    f({ id: 'a' });
    expect(calls).to.have.length(1);
    f({ id: 'b' });
    expect(calls).to.have.length(2);
  });
});
