import type { AnswerStore } from '../../store/answers.js';
import type { ChannelStore } from '../../store/channels.js';
import type { VoteStore } from '../../store/votes.js';
import type { ThreadSlack } from '../thread-answers/slack-calls.js';
import { voteCapNote } from './views.js';

export interface Reaction {
  added: boolean;
  voterId: string;
  /** As Slack sends it, e.g. `star` or `thumbsup::skin-tone-2`. */
  reaction: string;
  channelId: string;
  ts: string;
}

export interface VoteDeps {
  answers: AnswerStore;
  votes: VoteStore;
  channels: ChannelStore;
  clock: () => Date;
  /** LP_VOTES_PER_PROMPT. */
  votesPerPrompt: number;
  slack: ThreadSlack;
}

export type VoteResult =
  | 'counted'
  | 'duplicate'
  | 'capped'
  | 'removed'
  | 'not-counted'
  | 'not-a-vote'
  | 'not-a-story'
  | 'self-vote'
  | 'bot';

/**
 * A reaction with the channel's vote emoji on someone else's story is a vote. The author comes from the stored
 * answer, not from the reaction's `item_user`, so a story the bot posted for someone still counts for its author.
 */
export class VoteService {
  constructor(private readonly deps: VoteDeps) {}

  async handle(reaction: Reaction, botUserId: string | undefined): Promise<VoteResult> {
    const { answers, votes, channels, clock, votesPerPrompt, slack } = this.deps;
    const emoji = reaction.reaction.split('::')[0];
    if (emoji !== channels.threadSettings(reaction.channelId).voteEmoji) return 'not-a-vote';
    const answer = answers.findByMessage(reaction.channelId, reaction.ts);
    // Prompts, comments and follow-up replies are not stories.
    if (answer === undefined || answer.parentAnswerId !== null) return 'not-a-story';
    if (!reaction.added) return votes.remove(answer.id, reaction.voterId) ? 'removed' : 'not-counted';
    if (answer.userId === reaction.voterId) return 'self-vote';
    if (reaction.voterId === botUserId || (await slack.isBot(reaction.voterId))) return 'bot';

    const outcome = votes.cast({ answerId: answer.id, voterId: reaction.voterId, promptId: answer.promptId, cap: votesPerPrompt, at: clock() });
    if (outcome === 'capped') {
      await slack.postEphemeral({
        channel: reaction.channelId,
        user: reaction.voterId,
        ...(answer.threadTs === null ? {} : { threadTs: answer.threadTs }),
        ...voteCapNote(votesPerPrompt, emoji),
      });
    }
    return outcome;
  }
}
