package dev.starstream.studio.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The top-level error boundary of the command line: an unexpected failure becomes one readable line
 * on stderr (and the stack trace goes to the log), never a raw Java stack trace.
 */
final class UserFacingErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserFacingErrors.class);
    static final int INTERNAL_ERROR = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        LOG.debug("command failed", ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        commandLine.getErr().println("studio: internal error: " + message);
        commandLine.getErr().println("Run with -Dstudio.log.level=DEBUG for details.");
        return INTERNAL_ERROR;
    }
}
