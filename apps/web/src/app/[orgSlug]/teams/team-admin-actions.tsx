"use client";

import { useCallback, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { DeleteTeamDialog } from "./delete-team-dialog";
import { RenameTeamForm } from "./rename-team-form";

interface Props {
  orgSlug: string;
  team: { id: string; name: string; memberCount: number };
  afterDelete: "refresh" | "list";
}

/** What an admin can do to a team as a whole: rename it in place, or delete it after confirming. */
export function TeamAdminActions({ orgSlug, team, afterDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const renameButtonId = useId();
  const closeRename = useCallback(() => {
    setRenaming(false);
    // Keyboard users land where they started rather than at the top of the page.
    requestAnimationFrame(() => document.getElementById(renameButtonId)?.focus());
  }, [renameButtonId]);

  if (renaming) {
    return <RenameTeamForm orgSlug={orgSlug} teamId={team.id} currentName={team.name} onDone={closeRename} />;
  }
  return (
    <div className="flex items-center gap-1">
      <Button id={renameButtonId} variant="ghost" className="px-3 py-1.5" aria-label={`Rename ${team.name}`} onClick={() => setRenaming(true)}>
        Rename
      </Button>
      <DeleteTeamDialog orgSlug={orgSlug} team={team} after={afterDelete} />
    </div>
  );
}
