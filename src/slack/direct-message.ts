import type { webApi } from '@slack/bolt';

/** Room for the code fence and a part counter inside Slack's advised 4000 characters of message text. */
export const DM_CHUNK_CHARS = 3500;

/**
 * Splits long text into pieces of at most `max` characters, at line ends where possible, so each piece can be its own
 * message (file uploads need scopes this app does not ask for).
 */
export function splitIntoChunks(text: string, max = DM_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const pieces = line.length <= max ? [line] : (line.match(new RegExp(`[\\s\\S]{1,${max}}`, 'g')) ?? []);
    for (const piece of pieces) {
      const joined = current === '' ? piece : `${current}\n${piece}`;
      if (joined.length <= max) {
        current = joined;
      } else {
        chunks.push(current);
        current = piece;
      }
    }
  }
  if (current.trim() !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** Each chunk as a code block (keeps Markdown and JSON as typed), numbered when there are several. */
export function codeBlockMessages(title: string, chunks: readonly string[]): string[] {
  return chunks.map((chunk, index) => {
    const part = chunks.length > 1 ? ` (part ${index + 1} of ${chunks.length})` : '';
    return `${title}${part}\n\`\`\`\n${chunk}\n\`\`\``;
  });
}

/** Opens the bot's direct message with the person and posts the messages in order; returns the DM channel id. */
export async function sendDirectMessages(client: webApi.WebClient, userId: string, messages: readonly string[]): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (channel === undefined) throw new Error('conversations.open returned no channel');
  for (const text of messages) await client.chat.postMessage({ channel, text, mrkdwn: true, unfurl_links: false });
  return channel;
}
