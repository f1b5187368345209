/** The machine a result was measured on: printed with the table and stored in bench/results.json. */
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  node: string;
  platform: string;
  totalMemoryGiB: number;
  /** 1-minute load average when the run started: other work on a shared machine makes figures noisy. */
  loadAverage1m: number;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    totalMemoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  };
}
