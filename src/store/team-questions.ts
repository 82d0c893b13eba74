import type { PrincipleId } from '../core/principles.js';
import type { TeamQuestionInput } from '../core/question-bank/team-question.js';
import { TRACK_IDS, type TrackId } from '../core/question-bank/tracks.js';
import type { Db } from './db.js';

/** A channel's own question (`/lp questions`). */
export interface TeamQuestion {
  /** 'team-<n>': never the id of a built-in question. */
  id: string;
  channelId: string;
  principleId: PrincipleId;
  text: string;
  probes: string[];
  /** null: every track. */
  track: TrackId | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string | null;
  /** Set when retired: no longer asked, but kept so prompts and answers that name it keep their question. */
  retiredAt: string | null;
}

interface Row {
  id: string;
  channel_id: string;
  principle_id: string;
  text: string;
  probes: string;
  track: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string | null;
  retired_at: string | null;
}

const isTrack = (value: string | null): value is TrackId => (TRACK_IDS as readonly (string | null)[]).includes(value);

function toQuestion(row: Row): TeamQuestion {
  let probes: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.probes);
    if (Array.isArray(parsed)) probes = parsed.filter((p): p is string => typeof p === 'string');
  } catch {
    probes = [];
  }
  return {
    id: row.id,
    channelId: row.channel_id,
    principleId: row.principle_id as PrincipleId,
    text: row.text,
    probes,
    track: isTrack(row.track) ? row.track : null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    retiredAt: row.retired_at,
  };
}

/** Channels' own questions (table `team_questions`) and each channel's track (`channels.track`). */
export class TeamQuestionStore {
  private readonly selectActive;
  private readonly selectOne;
  private readonly nextNumber;
  private readonly insert;
  private readonly insertMany;
  private readonly updateOne;
  private readonly retireOne;
  private readonly selectTrack;
  private readonly updateTrack;

  constructor(
    db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.selectActive = db.prepare<[string], Row>(
      'SELECT * FROM team_questions WHERE channel_id = ? AND retired_at IS NULL ORDER BY created_at, CAST(substr(id, 6) AS INTEGER)',
    );
    this.selectOne = db.prepare<[string], Row>('SELECT * FROM team_questions WHERE id = ?');
    this.nextNumber = db.prepare<[], { n: number }>(
      "SELECT COALESCE(MAX(CAST(substr(id, 6) AS INTEGER)), 0) + 1 AS n FROM team_questions WHERE id LIKE 'team-%'",
    );
    this.insert = db.prepare(
      `INSERT INTO team_questions (id, channel_id, principle_id, text, probes, track, created_by, created_at)
       VALUES (@id, @channelId, @principleId, @text, @probes, @track, @createdBy, @at)`,
    );
    this.updateOne = db.prepare(
      `UPDATE team_questions SET principle_id = ?, text = ?, probes = ?, track = ?, updated_at = ?
       WHERE id = ? AND channel_id = ? AND retired_at IS NULL`,
    );
    this.retireOne = db.prepare('UPDATE team_questions SET retired_at = ?, updated_at = ? WHERE id = ? AND channel_id = ? AND retired_at IS NULL');
    this.selectTrack = db.prepare<[string], { track: string | null }>('SELECT track FROM channels WHERE channel_id = ?');
    this.updateTrack = db.prepare('UPDATE channels SET track = ?, updated_at = ? WHERE channel_id = ?');
    // Numbers are taken inside the transaction: SQLite has one writer at a time, so two imports never share an id.
    this.insertMany = db.transaction((channelId: string, inputs: readonly TeamQuestionInput[], createdBy: string | null): string[] => {
      const at = this.clock().toISOString();
      let next = (this.nextNumber.get() as { n: number }).n;
      const ids: string[] = [];
      for (const input of inputs) {
        const id = `team-${next}`;
        next += 1;
        this.insert.run({ id, channelId, principleId: input.principleId, text: input.text, probes: JSON.stringify(input.probes), track: input.track, createdBy, at });
        ids.push(id);
      }
      return ids;
    });
  }

  /** The channel's questions that are asked (not retired), oldest first. */
  active(channelId: string): TeamQuestion[] {
    return this.selectActive.all(channelId).map(toQuestion);
  }

  get(id: string): TeamQuestion | undefined {
    const row = this.selectOne.get(id);
    return row === undefined ? undefined : toQuestion(row);
  }

  /** Adds one question. */
  add(channelId: string, input: TeamQuestionInput, createdBy: string | null): TeamQuestion {
    const [id] = this.insertMany(channelId, [input], createdBy);
    return this.get(id as string) as TeamQuestion;
  }

  /** Adds every question in one transaction: all of them or, on any failure, none. Returns the new ids. */
  addAll(channelId: string, inputs: readonly TeamQuestionInput[], createdBy: string | null): string[] {
    return this.insertMany(channelId, inputs, createdBy);
  }

  /** Rewrites an active question of the channel; false when there is none with that id (or it is retired). */
  update(channelId: string, id: string, input: TeamQuestionInput): boolean {
    const at = this.clock().toISOString();
    return this.updateOne.run(input.principleId, input.text, JSON.stringify(input.probes), input.track, at, id, channelId).changes === 1;
  }

  /** Stops asking the question; the row stays for history. False when it is not an active question of the channel. */
  retire(channelId: string, id: string): boolean {
    const at = this.clock().toISOString();
    return this.retireOne.run(at, at, id, channelId).changes === 1;
  }

  /** The channel's track; null: the built-in default (also for a channel without a row). */
  trackOf(channelId: string): TrackId | null {
    const row = this.selectTrack.get(channelId);
    return row !== undefined && isTrack(row.track) ? row.track : null;
  }

  /** Sets (null: clears) the channel's track; false when the channel has no daily prompt set up. */
  setTrack(channelId: string, track: TrackId | null): boolean {
    return this.updateTrack.run(track, this.clock().toISOString(), channelId).changes === 1;
  }
}
