"use client";
// A one-button form whose answer (a message or a success) shows above it: "mail the link again", "confirm my address".

import { useActionState } from "react";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormState } from "@/lib/forms";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; label: string; hidden?: Record<string, string> };

export function StatusForm({ action, label, hidden = {} }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {!state.success && <SubmitButton>{label}</SubmitButton>}
    </form>
  );
}
