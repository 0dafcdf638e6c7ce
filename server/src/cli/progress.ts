// A one-line progress counter on a terminal (standard error), for long batches; cleared when done.
export class Progress {
  private last = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    // A redraw every tenth of a second is enough for the eye and cheap for the terminal.
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const pct = Math.floor((done / this.total) * 100);
    process.stderr.write(`\r\u001b[Kimr-lint: ${done}/${this.total} letters (${pct}%)`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\u001b[K');
  }
}
