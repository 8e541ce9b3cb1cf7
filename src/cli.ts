import { commands } from './cli/commands';
import { runCli } from './cli/main';

runCli(process.argv.slice(2), commands);
