/**
 * Reads a child Node process's memory through its inspector (`--inspect=127.0.0.1:0`): a full
 * garbage collection first, so that what is measured is what the process keeps, not what the
 * collector has not reclaimed yet (RSS alone swings by 100 MB under load).
 */
import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';

/** Memory of the process, in MB, after a full collection. */
export interface Memory {
  rss: number;
  heapUsed: number;
}

/** A connection to a child's inspector. */
export interface Inspector {
  memoryAfterGc(): Promise<Memory>;
  close(): void;
}

/** Waits for the child to print its inspector address on stderr (forwarding the rest), and connects. */
export async function connectInspector(child: ChildProcess): Promise<Inspector> {
  const address = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      const match = /Debugger listening on (ws:\/\/\S+)/.exec((seen += text));
      if (!/Debugger listening|For help, see|Debugger attached|Waiting for the debugger/.test(text)) process.stderr.write(text);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error('load: the server exited before its inspector started')));
  });
  const ws = new WebSocket(address);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let id = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const mine = ++id;
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
        if (message.id !== mine) return;
        ws.off('message', onMessage);
        resolve(message.result);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id: mine, method, params }));
    });
  return {
    async memoryAfterGc() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const result = (await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as {
        result: { value: string };
      };
      const usage = JSON.parse(result.result.value) as { rss: number; heapUsed: number };
      return { rss: usage.rss / 1024 / 1024, heapUsed: usage.heapUsed / 1024 / 1024 };
    },
    close: () => ws.close(),
  };
}
