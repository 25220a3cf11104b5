"use client";

import { ChevronDown, Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button-classes";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

export interface ExportChoice {
  label: string;
  href: string;
}

interface ExportMenuProps {
  /** The button's text, e.g. "Export". */
  label: string;
  /** What the files hold, said above the choices. */
  heading: string;
  choices: readonly ExportChoice[];
}

/** A menu of downloads: each choice is a plain link, so the browser streams the file however large it is. */
export function ExportMenu({ label, heading, choices }: ExportMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={buttonClasses("secondary")}>
        <Download aria-hidden className="size-4" />
        {label}
        <ChevronDown aria-hidden className="size-4" />
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
