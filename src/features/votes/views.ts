/** Why a vote beyond the cap did not count, and how to move it. */
export function voteCapNote(cap: number, emoji: string): { text: string } {
  return {
    text:
      `You have already used your ${cap} vote${cap === 1 ? '' : 's'} for this prompt, so this :${emoji}: doesn't count. ` +
      `To vote for this story instead, remove your :${emoji}: from another story in this thread, then react here again.`,
  };
}
