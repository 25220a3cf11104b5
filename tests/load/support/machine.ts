import { cpus, loadavg } from "node:os";

/** How busy the machine was, printed beside every figure: wall-clock times grow with the load of other processes. */
export function machineLoad(): string {
  return `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
}
