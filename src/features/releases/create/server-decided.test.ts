// Facts from koderover/zadig pkg/microservice/aslan/core/delivery/service/openapi.go (v4.2.1–v5.0.0).
import { describe, expect, it } from 'vitest';
import { imagePathEditable, sourceImagesDecidedBy, yamlDecidedBy } from './server-decided';

describe('what Zadig decides on create', () => {
  it('renders YAML / values from the environment, copies Helm values from the base version', () => {
    expect(yamlDecidedBy('K8SYaml', 'from_env')).toBe('env');
    expect(yamlDecidedBy('HelmChart', 'from_env')).toBe('env');
    expect(yamlDecidedBy('HelmChart', 'from_version')).toBe('version');
    expect(yamlDecidedBy('K8SYaml', 'from_version')).toBeNull();
    expect(yamlDecidedBy('K8SYaml', 'manual')).toBeNull();
    expect(yamlDecidedBy('HelmChart', 'manual')).toBeNull();
  });

  it('takes source images from the environment or base version, never from a manual body', () => {
    expect(sourceImagesDecidedBy('from_env')).toBe('env');
    expect(sourceImagesDecidedBy('from_version')).toBe('version');
    expect(sourceImagesDecidedBy('manual')).toBeNull();
  });

  it('lets the user set Helm image paths only for a manual version', () => {
    expect(imagePathEditable('HelmChart', 'manual')).toBe(true);
    expect(imagePathEditable('HelmChart', 'from_env')).toBe(false);
    expect(imagePathEditable('HelmChart', 'from_version')).toBe(false);
    expect(imagePathEditable('K8SYaml', 'manual')).toBe(false);
  });
});
