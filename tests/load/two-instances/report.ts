/** The outcome of each check, printed as it is made and summed up at the end. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export class Report {
  readonly results: CheckResult[] = [];

  check(name: string, ok: boolean, detail: string): boolean {
    this.results.push({ name, ok, detail });
    console.log(`${ok ? "  ok  " : "  FAIL"}  ${name}: ${detail}`);
    return ok;
  }

  note(line: string): void {
    console.log(`        ${line}`);
  }

  get failures(): CheckResult[] {
    return this.results.filter((result) => !result.ok);
  }
}
