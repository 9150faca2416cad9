package dev.starstream.studio.ledger.wallet;

import dev.starstream.studio.vm.ledger.PublicKey;
import java.nio.file.Path;

/** The public side of a named wallet key and the file that holds it. The private seed stays inside {@link Wallet}. */
public record WalletKey(String name, PublicKey publicKey, Path file) {}
