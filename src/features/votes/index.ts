import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { AppLogger } from '../../logger.js';
import { VoteService, type VoteDeps } from './service.js';

const ReactionEvent = z.object({
  type: z.enum(['reaction_added', 'reaction_removed']),
  user: z.string(),
  reaction: z.string(),
  item: z.object({ type: z.string(), channel: z.string().optional(), ts: z.string().optional() }),
});

export interface VoteFeatureDeps extends VoteDeps {
  logger: AppLogger;
}

/** Peer votes: `reaction_added` / `reaction_removed` with the channel's vote emoji on a story. */
export function register(app: App, deps: VoteFeatureDeps): void {
  const service = new VoteService(deps);
  const listener = async ({ event, context }: { event: unknown; context: { botUserId?: string } }): Promise<void> => {
    const parsed = ReactionEvent.safeParse(event);
    if (!parsed.success) return;
    const { type, user, reaction, item } = parsed.data;
    if (item.type !== 'message' || item.channel === undefined || item.ts === undefined) return;
    try {
      await service.handle(
        { added: type === 'reaction_added', voterId: user, reaction, channelId: item.channel, ts: item.ts },
        context.botUserId,
      );
    } catch (error) {
      deps.logger.error(`vote (${type} ${reaction} on ${item.channel}/${item.ts}) failed:`, error);
    }
  };
  app.event('reaction_added', listener);
  app.event('reaction_removed', listener);
}
