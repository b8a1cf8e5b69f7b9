/**
 * A log of one line per request that writes in batches: the lines logged while requests are
 * served are joined and written once the event loop turns (`setImmediate`), so a busy sandbox makes
 * one write for many lines instead of one each (stdout is a synchronous write to a file or pipe).
 * Lines keep their order; `flush()` writes what is pending at once.
 */
export function batchedLog(write: (text: string) => void): {
  log: (line: string) => void;
  flush: () => void;
} {
  let pending = "";
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    const text = pending;
    pending = "";
    if (text) write(text);
  };
  return {
    log(line) {
      pending += `${line}\n`;
      // unref: pending lines never keep a process alive that has nothing else to do.
      scheduled ??= setImmediate(flush).unref();
    },
    flush,
  };
}
