import type { PrincipleId } from '../principles.js';

/**
 * Our own cue words per principle, added to the `signals` of data/principles.json. They make detection work when no
 * content file is loaded and cover everyday inflections of the same behaviour. Stemmed on matching.
 */
export const PRINCIPLE_CUES: Readonly<Record<PrincipleId, readonly string[]>> = {
  'customer-obsession': ['customer', 'user', 'client', 'shopper', 'complaint', 'customer experience', 'user interview', 'support ticket', 'satisfaction', 'abandonment', 'retention', 'on behalf of'],
  ownership: ['nobody owned', 'no one owned', 'outside my role', 'outside my area', 'not my team', 'took responsibility', 'long term', 'on call', 'followed through', 'my responsibility', 'i owned', 'without being asked', 'noticed'],
  'invent-and-simplify': ['simplify', 'automate', 'automation', 'new tool', 'from scratch', 'reinvent', 'redesign', 'reusable', 'template', 'self serve', 'eliminated', 'invented'],
  'are-right-a-lot': ['judgment', 'judgement', 'hypothesis', 'evidence', 'ambiguity', 'i was wrong', 'changed my mind', 'data driven', 'turned out', 'bet', 'second opinion', 'diverse perspectives'],
  'learn-and-be-curious': ['curious', 'taught myself', 'learned', 'read', 'course', 'explored', 'studied', 'researched', 'new technology', 'experiment'],
  'hire-and-develop-the-best': ['mentor', 'coach', 'hire', 'hiring', 'interviewed', 'onboard', 'promotion', 'promoted', 'career', 'feedback', 'grow', 'junior'],
  'insist-on-the-highest-standards': ['quality', 'standard', 'quality bar', 'defect', 'bug', 'test coverage', 'code review', 'root cause', 'prevent', 'recurrence', 'postmortem', 'checklist'],
  'think-big': ['vision', 'long term', 'roadmap', 'platform', 'company wide', 'at scale', 'multi year', 'ambitious', 'bold', 'org wide', 'template for'],
  'bias-for-action': ['quickly', 'immediately', 'same day', 'within hours', 'urgency', 'urgent', 'reversible', 'two way door', 'without waiting', 'calculated risk', 'unblock', 'deadline'],
  frugality: ['cost', 'budget', 'saved', 'cheaper', 'reuse', 'existing tool', 'free', 'constraint', 'limited budget', 'limited resources', 'spend', 'without extra', 'more with less'],
  'earn-trust': ['trust', 'transparent', 'honest', 'admitted', 'apologized', 'listened', 'candid', 'credibility', 'relationship', 'respect', 'vocally self critical', 'my mistake'],
  'dive-deep': ['root cause', 'cause', 'log', 'data', 'metric', 'dashboard', 'query', 'trace', 'anomaly', 'investigate', 'dug', 'debug', 'analyze', 'analyse', 'profiled', 'flame graph', 'session recording', 'found that', 'found the', 'discovered', 'noticed that', 'measure', 'bottleneck', 'audit', 'narrowed', 'pinpointed', 'reproduced', 'grouped', 'sliced', 'correlated', 'sampled'],
  'have-backbone-disagree-and-commit': ['disagree', 'disagreement', 'push back', 'challenge', 'convince', 'persuade', 'escalate', 'conflict', 'argue', 'debate', 'commit', 'objected'],
  'deliver-results': ['deliver', 'deadline', 'on time', 'launch', 'shipped', 'target', 'goal', 'obstacle', 'blocker', 'milestone', 'exceeded', 'on schedule'],
  'strive-to-be-earths-best-employer': ['morale', 'burnout', 'wellbeing', 'well being', 'workload', 'inclusive', 'psychological safety', 'belonging', 'empathy', 'work life balance', 'career growth'],
  'success-and-scale-bring-broad-responsibility': ['privacy', 'security', 'accessibility', 'compliance', 'ethical', 'community', 'environment', 'sustainability', 'society', 'unintended', 'regulation', 'safety', 'harm'],
};
