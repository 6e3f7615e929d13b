/** A text field of an image row (or its details): compact, its error shown at once, named for its image. */
import { Input } from 'antd';
import type { ReactNode } from 'react';
import type { FieldPath } from 'react-hook-form';
import { FieldContainer } from '../field-container';
import type { WizardForm } from '../form-model';
import type { CreateMessageKey } from '../messages';

export type RowInput = (
  name: FieldPath<WizardForm>,
  label: CreateMessageKey,
  extra?: { help?: string; warning?: string; onEdit?: (value: string) => void; placeholder?: string },
) => ReactNode;

/** `label` names the column; `aria` names the field for this image (service and container). */
export function rowInput(
  label: (key: CreateMessageKey) => string,
  aria: (key: CreateMessageKey) => string,
): RowInput {
  return (name, key, extra) => (
    <FieldContainer name={name} label={label(key)} compact eager help={extra?.help} warning={extra?.warning}>
      {({ field, id, invalid, describedBy }) => (
        <Input
          id={id}
          value={String(field.value ?? '')}
          onChange={(e) => {
            field.onChange(e);
            extra?.onEdit?.(e.target.value);
          }}
          onBlur={field.onBlur}
          status={invalid ? 'error' : undefined}
          aria-label={aria(key)}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={extra?.placeholder}
        />
      )}
    </FieldContainer>
  );
}
