/**
 * Moves a sandbox's clock forward through `/_iotdock/clock` (the sandbox started with
 * `clockControl`) and resolves with its offset from real time in ms, so that a client's clock can
 * follow (`() => Date.now() + offsetMs`: its signed timestamps stay within the sandbox's window).
 */
export async function advanceClock(baseUrl: string, seconds: number): Promise<number> {
  const moved = await fetch(`${baseUrl}/_iotdock/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  if (!moved.ok) throw new Error(`the sandbox's clock did not move: HTTP ${moved.status}`);
  return ((await moved.json()) as { offsetMs: number }).offsetMs;
}
