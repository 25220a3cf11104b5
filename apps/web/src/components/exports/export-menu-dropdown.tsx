"use client";

import { buttonClasses } from "@/components/ui/button-classes";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { ExportMenuFace, type ExportMenuProps } from "./export-menu-face";

/** The export menu itself, loaded the first time someone reaches for its button; it opens as it mounts. */
export function ExportMenuDropdown({ label, heading, choices }: ExportMenuProps) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger className={buttonClasses("secondary")}>
        <ExportMenuFace label={label} />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="min-w-52">
        <DropdownMenuLabel>{heading}</DropdownMenuLabel>
        {choices.map((choice) => (
          <DropdownMenuItem key={choice.href} asChild>
            <a href={choice.href} download>
              {choice.label}
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
