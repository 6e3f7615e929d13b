import { describe, expect, it } from 'vitest';
import { fieldOfServerError, isBaseVersionGone } from './use-wizard-submit';

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

describe('isBaseVersionGone', () => {
  it('recognises the sandbox’s 400 and Zadig’s 500 for a base version deleted meanwhile', () => {
    expect(
      isBaseVersionGone('original_version_name: version v1.9.2 does not exist in project yaml-demo'),
    ).toBe(true);
    // koderover/zadig pkg/microservice/aslan/core/delivery/service/openapi.go (OpenAPICreateK8SDeliveryVersion,
    // OpenAPICreateHelmDeliveryVersion): a plain error, answered as a 500 whose description is this.
    expect(
      isBaseVersionGone(
        'failed to get original version, projectKey: yaml-demo, versionName: v1.9.2, error: mongo: no documents in result',
      ),
    ).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isBaseVersionGone('env_name: environment qa does not exist in project yaml-demo')).toBe(false);
    expect(isBaseVersionGone('original_version_name: version v1 is HelmChart, not K8SYaml')).toBe(false);
    expect(isBaseVersionGone('original version name is required when source is from version')).toBe(false);
  });
});
