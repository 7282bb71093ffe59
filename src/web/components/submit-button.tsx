import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The submit button of every form: loading and disabled while its save is in flight, so a
 * second click cannot send the form again (the save itself also ignores it: use-submit-mutation).
 */
export function SubmitButton({ pending, children, ...props }: ButtonProps & { pending: boolean; children: ReactNode }) {
  return (
    <Button type="submit" loading={pending} disabled={pending} {...props}>
      {children}
    </Button>
  );
}
