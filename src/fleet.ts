import { runFleet } from './fleet/main.js'

await runFleet()
