type CleanupTask = { name: string; run: () => Promise<void> };

const tasks: CleanupTask[] = [];
let running: Promise<void> | undefined;

// A cleanup step that hangs (a child stuck in the kernel, a database that does not respond)
// must not keep the run alive forever.
const TASK_TIMEOUT_MS = 15_000;

/**
 * Registers a step to run when the benchmark ends, on success, failure or SIGINT. Steps run
 * in reverse order of registration. Returns a function that runs the step now and unregisters
 * it.
 */
export function onCleanup(name: string, run: () => Promise<void>): () => Promise<void> {
  const task = { name, run };
  tasks.push(task);
  return async () => {
    const index = tasks.indexOf(task);
    if (index < 0) return;
    tasks.splice(index, 1);
    await runTask(task);
  };
}

/** Runs every registered step once, newest first; a second call waits for the first. */
export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (tasks.length > 0) {
      const task = tasks.pop() as CleanupTask;
      await runTask(task);
    }
  })();
  return running;
}

async function runTask(task: CleanupTask): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${TASK_TIMEOUT_MS / 1000} s`)),
      TASK_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([task.run(), timeout]);
  } catch (error) {
    console.error(`Cleanup step "${task.name}" failed: ${describeError(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
