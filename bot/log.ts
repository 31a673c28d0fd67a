// The bot's log: one line per event, to stderr, and never a token or a restricted detail. The bot logs only
// what it decided (intent, answered, withheld), never a question's or an answer's text; this logger also takes
// the lines Bolt and the Slack clients write, and scrubs anything that looks like a token from them.
import { type Logger, LogLevel } from '@slack/bolt';

const TOKEN = /\b(xox[abposr]|xapp|xoxe(\.xox[bp])?)-[A-Za-z0-9-]+/g;
const GITHUB_TOKEN = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;

export function scrub(text: string): string {
  return text.replace(TOKEN, '[token]').replace(GITHUB_TOKEN, '[token]');
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    // Name, code and message only: a stack or a request attached to an error can carry a payload.
    const code = (value as { code?: unknown }).code;
    return `${value.name}${code ? ` ${String(code)}` : ''}: ${value.message}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

export interface Sink {
  write(line: string): unknown;
}

export class BotLogger implements Logger {
  private level: LogLevel;
  private name = 'lisa';

  constructor(
    private readonly sink: Sink = process.stderr,
    level: LogLevel = LogLevel.INFO,
  ) {
    this.level = level;
  }

  private log(level: LogLevel, msg: unknown[]): void {
    if (ORDER[level] < ORDER[this.level]) return;
    this.sink.write(
      `${new Date().toISOString()} ${level} ${this.name} ${scrub(msg.map(describe).join(' '))}\n`,
    );
  }

  debug(...msg: unknown[]): void {
    this.log(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.log(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.log(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.log(LogLevel.ERROR, msg);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }
}
