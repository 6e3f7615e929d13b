/** The fake Zadig's neighbouring read endpoints a create wizard uses: registries, environments, services. */
import type { ServerResponse } from 'node:http';
import { deploymentYaml, ENV_IMAGES, ENVIRONMENTS, PROJECTS, REGISTRY } from './data';
import { internal, json, text } from './reply';
import { ENV_IMAGE_PATH, envValues } from './server-decided';

/** Answers a GET for a catalog endpoint; false when `path` is not one. */
export function answerCatalog(res: ServerResponse, path: string, url: URL): boolean {
  const q = (name: string) => url.searchParams.get(name) ?? '';
  const projectKey = q('projectKey');
  const images = ENV_IMAGES[projectKey] ?? {};
  const helm = PROJECTS.find((p) => p.project_key === projectKey)?.deploy_type === 'helm';

  switch (path) {
    case '/openapi/system/registry':
      json(res, 200, [REGISTRY]);
      return true;
    case '/openapi/environments':
      json(res, 200, ENVIRONMENTS);
      return true;
    case '/openapi/environments/production':
      json(res, 200, []);
      return true;
    case '/openapi/environments/service/yaml':
    case '/openapi/environments/service/values': {
      const service = q('serviceName');
      const image = images[service];
      if (!image) internal(res, `service ${service} not found`);
      else if (path.endsWith('/yaml')) text(res, 200, deploymentYaml(service, image));
      else text(res, 200, envValues(image));
      return true;
    }
    case '/openapi/environments/dev':
      json(res, 200, {
        env_key: 'dev',
        env_name: 'dev',
        registry_id: REGISTRY.registry_id,
        production: false,
        services: Object.entries(images).map(([service, image]) => ({
          service_name: service,
          type: helm ? 'helm' : 'k8s',
          status: 'Running',
          containers: [
            {
              name: service,
              image,
              image_name: service,
              image_path: helm ? { ...ENV_IMAGE_PATH } : null,
            },
          ],
        })),
      });
      return true;
    case '/openapi/service/yaml/services':
      json(
        res,
        200,
        Object.entries(images).map(([service, image]) => ({
          service_name: service,
          source: 'spock',
          type: helm ? 'helm' : 'k8s',
          containers: [{ name: service, image, image_name: service }],
        })),
      );
      return true;
    default:
      return false;
  }
}
