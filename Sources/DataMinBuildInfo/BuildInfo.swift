/// What a build of datamin knows about itself. `BuildInfo.version` is generated at build
/// time by the `VersionStamp` plugin from the repository's `VERSION` file and git:
/// `MAJOR.MINOR.PATCH` at the commit that set `VERSION`, `MAJOR.MINOR.PATCH+N.gCOMMIT` for
/// a build N commits later (SPEC §11.6), and the plain version where git is not there.
package enum BuildInfo {}
