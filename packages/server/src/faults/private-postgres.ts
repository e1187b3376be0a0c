import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL cluster of the suite's own (initdb on a spare port, socket in its folder), so the
 * fault that stops the database never touches the machine's shared server.
 */
export class PrivatePostgres {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'obmen-faults-pg-'));
  private readonly data = path.join(this.dir, 'data');
  private readonly bin: string;
  /** initdb refuses to run as root: the cluster then belongs to the `postgres` account. */
  private readonly asUser = userInfo().uid === 0 ? ['runuser', '-u', 'postgres', '--'] : [];

  constructor(readonly port: number) {
    const root = '/usr/lib/postgresql';
    const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
    this.bin = version ? path.join(root, version, 'bin') : '';
    if (!this.bin || !existsSync(path.join(this.bin, 'initdb')))
      throw new Error('PostgreSQL server binaries not found');
  }

  static available(): boolean {
    return existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): void {
    const [command, ...prefix] = [...this.asUser, path.join(this.bin, tool)];
    execFileSync(command, [...prefix, ...args], { stdio: 'pipe', timeout: 60_000 });
  }

  init(): void {
    if (this.asUser.length) chownSync(this.dir, uidOf('postgres'), gidOf('postgres'));
    this.run('initdb', ['-D', this.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
    this.run('pg_ctl', [
      '-D',
      this.data,
      '-o',
      options,
      '-l',
      path.join(this.dir, 'log'),
      '-w',
      '-t',
      '30',
      'start',
    ]);
  }

  /** Stops it the hard way: every connection is cut, as in a crash or a failover. */
  stop(mode: 'fast' | 'immediate' = 'immediate'): void {
    this.run('pg_ctl', ['-D', this.data, '-m', mode, '-w', '-t', '30', 'stop']);
  }

  destroy(): void {
    try {
      this.stop('immediate');
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}
const uidOf = (name: string) => idOf('-u', name);
const gidOf = (name: string) => idOf('-g', name);
