import { SerialQueue } from './serial-queue';

describe('SerialQueue', () => {
  it('runs tasks of one key in order, even when an earlier one is slower or fails', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.run('call-1', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('first');
      throw new Error('boom');
    });
    const fast = queue.run('call-1', async () => {
      order.push('second');
    });
    const other = queue.run('call-2', async () => {
      order.push('other call');
    });
    await expect(slow).rejects.toThrow('boom');
    await Promise.all([fast, other]);
    expect(order).toEqual(['other call', 'first', 'second']);
  });
});
