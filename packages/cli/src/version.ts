import packageJson from '../package.json' with { type: 'json' };

/** The version of @rubricate/cli, as `rubricate --version` prints it. */
export const VERSION: string = packageJson.version;
