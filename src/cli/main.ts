import { startCli } from "./process";

startCli();
