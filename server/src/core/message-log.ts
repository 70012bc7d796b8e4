import { messageOf, type Locale, type Message, type MessageData, type MessageTable } from './messages';

/** What a finding says of its message: the id in its rule's table and the data that filled it. */
export interface MessageSource {
  readonly messageId?: string;
  readonly data?: MessageData;
}

/**
 * Gives a rule its `ctx.t` and remembers the message behind each text it gave, so that a reported
 * message (a plain string, as rules have always written it) can name its id and data. Rule code stays
 * as it is: it composes, joins and passes texts around, and only the text it reports is looked up.
 */
export class MessageLog {
  private readonly byText = new Map<string, Message>();

  constructor(private readonly table: MessageTable, private readonly locale: Locale, private readonly owner: string) {}

  readonly t = (id: string, data: MessageData = {}): string => {
    const message = messageOf(this.table, id, this.locale, data, this.owner);
    this.byText.set(message.text, message);
    return message.text;
  };

  /** The source of a reported text: one message, or several joined by single spaces (`a+b`). */
  sourceOf(text: string): MessageSource {
    const whole = this.byText.get(text);
    if (whole) return { messageId: whole.id, data: whole.data };
    const parts = this.partsOf(text);
    if (!parts) return {};
    const data: Record<string, string | number> = { ...parts[0].data };
    for (const part of parts.slice(1)) {
      for (const [key, value] of Object.entries(part.data)) data[`${part.id}.${key}`] = value;
    }
    return { messageId: parts.map((p) => p.id).join('+'), data };
  }

  /** Splits `text` into known texts separated by one space, taking the longest known text first. */
  private partsOf(text: string): Message[] | undefined {
    const parts: Message[] = [];
    let rest = text;
    while (rest.length > 0) {
      const part = this.longestKnownPrefix(rest);
      if (!part) return undefined;
      parts.push(part);
      rest = rest.slice(part.text.length);
      if (rest.length > 0) {
        if (rest[0] !== ' ') return undefined;
        rest = rest.slice(1);
      }
    }
    return parts.length > 1 ? parts : undefined;
  }

  private longestKnownPrefix(text: string): Message | undefined {
    for (let end = text.length; end > 0; end = text.lastIndexOf(' ', end - 1)) {
      const known = this.byText.get(text.slice(0, end));
      if (known) return known;
    }
    return undefined;
  }
}
