import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { PrincipleIdSchema, resolvePrinciple } from '../../core/principles.js';
import { sendFileByDirectMessage } from '../../slack/direct-message.js';
import { excerpt } from '../../slack/mrkdwn.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import { unknownPrincipleReply } from '../commands/replies.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import type { PersonalFeatureDeps } from '../personal-deps.js';
import { createPrivacyService, logFileFailure, sendDataExport } from '../privacy/index.js';
import { USER_MENTION } from '../../core/slack-text.js';
import { CoverageService } from './service.js';
import { coverageReply, coverageUsageReply, optedOutReply, renameReply, storiesReply, STORIES_PAGE_ACTION } from './views.js';

const PageValueSchema = z.object({ p: PrincipleIdSchema.nullable(), o: z.number().int().min(0) });

export function createCoverageService(deps: PersonalFeatureDeps): CoverageService {
  return new CoverageService({
    stories: deps.stores.stories,
    settings: deps.stores.settings,
    content: deps.content,
    verified: (userId) => deps.stores.mockLoops.verifiedStories(userId),
  });
}

/** `/lp coverage`, `/lp stories` (with its page buttons) and `/lp export` (cheat sheet, or all data with --all). */
export function register(app: App, deps: PersonalFeatureDeps): LpSubcommand[] {
  const service = createCoverageService(deps);
  const privacy = createPrivacyService(deps);

  const turnPage = async ({ ack, body, action, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    let value: z.infer<typeof PageValueSchema>;
    try {
      value = PageValueSchema.parse(JSON.parse(action.value ?? ''));
    } catch {
      return;
    }
    const reply = storiesReply(service.storyPage(body.user.id, value.p ?? undefined, value.o));
    await respond({ replace_original: true, response_type: 'ephemeral', text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) }).catch(
      (error: unknown) => deps.logger.error(`Turning a story page failed: ${slackErrorCode(error)}`),
    );
  };
  app.action<BlockAction<ButtonAction>>(`${STORIES_PAGE_ACTION}_newer`, turnPage);
  app.action<BlockAction<ButtonAction>>(`${STORIES_PAGE_ACTION}_older`, turnPage);

  return [
    {
      name: 'coverage',
      help: '`/lp coverage [@user]`: the 16 principles with 0/1/2 stories at the bar, and what to work on next',
      // SQLite only (a mention carries the ID; nobody is looked up): the card goes back in the ack.
      answersInAck: true,
      async run(ctx) {
        const arg = ctx.args.trim();
        if (arg === '') return coverageReply(service.report(ctx.userId), ctx.userId);
        const owner = USER_MENTION.exec(arg)?.[1];
        if (owner === undefined) return coverageUsageReply();
        if (!service.isVisibleTo(ctx.userId, owner)) return optedOutReply(owner);
        return coverageReply(service.report(owner), ctx.userId);
      },
    },
    {
      name: 'stories',
      help: '`/lp stories [principle]`: your story bank, newest first; `/lp stories rename <n> <title>` renames a story',
      // One page of ten from SQLite, or one row renamed: the reply goes back in the ack.
      answersInAck: true,
      async run(ctx) {
        const arg = ctx.args.trim();
        const rename = /^rename\b\s*(\d*)\s*([\s\S]*)$/i.exec(arg);
        if (rename !== null) return renameReply(service.rename(ctx.userId, rename[1] ?? '', rename[2] ?? ''));
        const principle = arg === '' ? undefined : resolvePrinciple(arg, deps.content.principles);
        if (arg !== '' && principle === undefined) return { text: unknownPrincipleReply(arg, deps.content.principles) };
        return storiesReply(service.storyPage(ctx.userId, principle?.id, 0));
      },
    },
    {
      name: 'export',
      help: '`/lp export`: your interview cheat sheet as a Markdown file by direct message; `/lp export --all`: all your data as a JSON file',
      async run(ctx) {
        const arg = ctx.args.trim();
        const now = deps.clock();
        const date = service.localDate(ctx.userId, now);
        if (arg === '--all') return sendDataExport(privacy, ctx.client, ctx.userId, ctx.logger, date);
        if (arg !== '') return { text: `\`/lp export\` sends your cheat sheet; \`/lp export --all\` sends all your data. I don't know \`${excerpt(arg)}\`.` };
        const filename = `lp-coach-stories-${date}.md`;
        try {
          await sendFileByDirectMessage(ctx.client, ctx.userId, {
            filename,
            content: service.cheatSheet(ctx.userId, now),
            comment: 'Your LP Coach cheat sheet: your best stories per principle, in Markdown.',
          });
        } catch (error) {
          logFileFailure(ctx.logger, 'a cheat sheet', error);
          return { text: "Sorry, I couldn't send you the file just now. Please try `/lp export` again in a minute." };
        }
        return { text: `Sent your cheat sheet to our direct messages as \`${filename}\`.` };
      },
    },
  ];
}
