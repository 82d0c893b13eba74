import { Workspace } from '../local-slack/index.js';

/**
 * The team the playground pretends to be: a few people (votes and leaderboards need several), one channel with the
 * app in it. Alex is an LP Coach admin, so `/lp setup` and `/lp post` can be tried.
 */
export const DEMO_CHANNEL = { id: 'C0PLAYTEAM', name: 'lp-practice' } as const;

export const DEMO_PEOPLE = [
  { id: 'U0PLAYALEX', name: 'alex', real_name: 'Alex Rivera', admin: true },
  { id: 'U0PLAYPRIYA', name: 'priya', real_name: 'Priya Natarajan', admin: false },
  { id: 'U0PLAYSAM', name: 'sam', real_name: 'Sam Okafor', admin: false },
  { id: 'U0PLAYMEI', name: 'mei', real_name: 'Mei Chen', admin: false },
  // Five: a pool of all of them shows the mock-loop trio (an odd one out joins a pair).
  { id: 'U0PLAYJORDAN', name: 'jordan', real_name: 'Jordan Lee', admin: false },
] as const;

export const DEMO_ADMINS: readonly string[] = DEMO_PEOPLE.filter((p) => p.admin).map((p) => p.id);

export function createDemoWorkspace(now: () => number): Workspace {
  const workspace = new Workspace({ now, team: { name: 'LP Coach Playground', domain: 'lp-coach-playground' } });
  for (const person of DEMO_PEOPLE) {
    workspace.addUser({ id: person.id, name: person.name, real_name: person.real_name, is_admin: person.admin, tz: 'UTC' });
  }
  workspace.addChannel({ ...DEMO_CHANNEL, members: DEMO_PEOPLE.map((p) => p.id), botIsMember: true });
  return workspace;
}
