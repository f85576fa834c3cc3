package io.ringfence.cli;

import picocli.CommandLine.Command;

/**
 * {@code ringfence batches show|cancel}: target-position batches, whose orders share the key prefix
 * {@code <batch id>/}.
 */
@Command(mixinStandardHelpOptions = true, name = "batches", description = "Show or cancel a target-position batch.",
    subcommands = {BatchShowCommand.class, BatchCancelCommand.class})
final class BatchesCommand
{
}
