// CPU time from the processes' own counters (/proc, Linux): what a request costs in CPU, whatever else
// runs on the machine. Counted in clock ticks (USER_HZ, 100 a second on Linux), returned in ms.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10;

/** utime + stime of a process (all its threads) or of one thread, in ms; 0 when it is gone. */
function cpuOf(statPath) {
  try {
    const stat = readFileSync(statPath, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The parent pid of a process, or undefined when it is gone. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** A Node process's CPU: the whole process, and its main thread (the rest: worker threads, GC, libuv pool). */
export function nodeCpu(pid) {
  return { total: cpuOf(`/proc/${pid}/stat`), main: cpuOf(`/proc/${pid}/task/${pid}/stat`) };
}

/**
 * Every process of a local PostgreSQL cluster (the postmaster and its children: backends, WAL writer,
 * checkpointer), found from one backend's pid; their summed CPU, in ms. Processes that started during
 * a measurement count from zero, so their whole time is in the difference.
 */
export function postgresCpu(backendPid) {
  const postmaster = parentOf(backendPid);
  if (postmaster === undefined) return undefined;
  return () => {
    let sum = cpuOf(`/proc/${postmaster}/stat`);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      if (parentOf(entry) === postmaster) sum += cpuOf(`/proc/${entry}/stat`);
    }
    return sum;
  };
}
