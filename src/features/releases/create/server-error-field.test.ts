import { describe, expect, it } from 'vitest';
import { fieldOfServerError } from './server-error-field';

describe('fieldOfServerError', () => {
  it('maps top-level request fields to form fields', () => {
    expect(fieldOfServerError('env_name: environment x does not exist', [])).toEqual({
      field: 'envName',
      message: 'environment x does not exist',
    });
    expect(fieldOfServerError('image_registry_id: image registry r does not exist', [])?.field).toBe(
      'registryId',
    );
  });

  it('maps service and image fields through the included services', () => {
    expect(fieldOfServerError('services[1].chart_version: is required', [0, 3])?.field).toBe(
      'services.3.chartVersion',
    );
    expect(
      fieldOfServerError('services[0].images[2].target_image_tag: does not match the tag', [2, 3])?.field,
    ).toBe('services.2.images.2.targetTag');
  });

  it('answers null for text without a known field', () => {
    expect(fieldOfServerError('version already exist', [])).toBeNull();
    expect(fieldOfServerError('unknown_field: x', [])).toBeNull();
    expect(fieldOfServerError('services[5].chart_version: x', [0])).toBeNull();
  });
});
