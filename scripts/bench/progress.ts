const startedAt = performance.now();

/** Prints a progress line prefixed with the time since the run started, as [mm:ss]. */
export function progress(message: string): void {
  const seconds = Math.floor((performance.now() - startedAt) / 1000);
  const stamp = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  console.log(`[${stamp}] ${message}`);
}

export function secondsSinceStart(): number {
  return (performance.now() - startedAt) / 1000;
}
