package dev.starstream.studio.ledger.wallet;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.ledger.Hex;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.ledger.TxSignature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Named Ed25519 key pairs of a workspace, one JSON file per key ({@code <name>.key}) in a directory
 * that only its owner may enter (0700). Key files are created with mode 0600 from the first byte
 * (never written world-readable and then tightened), and a key file that group or others can read or
 * write is refused, as ssh refuses such a private key. On file systems without POSIX permissions
 * the checks are skipped.
 *
 * <p>File format: {@code {"format":"starstream-ed25519-key","version":1,"name":…,"publicKey":"<64 hex>",
 * "privateKey":"<64 hex seed>"}}.
 */
public final class Wallet {
    public static final String FORMAT = "starstream-ed25519-key";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final SecureRandom random;
    private final Ed25519 ed25519 = new Ed25519();

    public Wallet(Path directory, SecureRandom random) {
        this.directory = directory;
        this.random = random;
    }

    /** {@code <workspace>/.starstream/keys}. */
    public static Path defaultDirectory(Path workspace) {
        return workspace.resolve(".starstream").resolve("keys");
    }

    public Path directory() {
        return directory;
    }

    /** Creates a new key pair under {@code name}; refuses to overwrite an existing one. */
    public WalletKey create(String name) {
        checkName(name);
        byte[] seed = ed25519.newSeed(random);
        PublicKey publicKey = ed25519.publicKeyOf(seed);
        ObjectNode file = JSON.createObjectNode()
                .put("format", FORMAT)
                .put("version", 1)
                .put("name", name)
                .put("publicKey", publicKey.hex())
                .put("privateKey", Hex.encode(seed));
        Path target = fileOf(name);
        try {
            createDirectory();
            if (Files.exists(target)) {
                throw new WalletException("a key named " + name + " already exists (" + target + ")");
            }
            Path temporary = directory.resolve("." + name + ".key." + Long.toHexString(random.nextLong()) + ".tmp");
            createOwnerOnlyFile(temporary);
            try {
                Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
                moveIntoPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (FileAlreadyExistsException e) {
            throw new WalletException("a key named " + name + " already exists (" + target + ")", e);
        } catch (IOException e) {
            throw new WalletException("cannot write the key file " + target + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        return new WalletKey(name, publicKey, target);
    }

    /** The public side of the key {@code name}; checks the file's permissions and contents. */
    public WalletKey key(String name) {
        byte[] seed = readSeed(name);
        try {
            return new WalletKey(name, ed25519.publicKeyOf(seed), fileOf(name));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** Every key in the directory, sorted by name (files that fail the checks are reported by {@link #key}). */
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = new ArrayList<>();
            files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".key") && !file.startsWith("."))
                    .map(file -> file.substring(0, file.length() - ".key".length()))
                    .filter(name -> NAME.matcher(name).matches())
                    .sorted()
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new WalletException("cannot list the keys in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renames the key {@code from} to {@code to} (the key pair stays the same; the file is rewritten
     * under the new name with mode 0600 and the old file removed). Refuses to overwrite a key.
     */
    public WalletKey rename(String from, String to) {
        checkName(to);
        byte[] seed = readSeed(from);
        Path source = fileOf(from);
        Path target = fileOf(to);
        try {
            if (from.equals(to)) {
                return new WalletKey(to, ed25519.publicKeyOf(seed), target);
            }
            if (Files.exists(target)) {
                throw new WalletException("a key named " + to + " already exists (" + target + ")");
            }
            PublicKey publicKey = ed25519.publicKeyOf(seed);
            ObjectNode file = JSON.createObjectNode()
                    .put("format", FORMAT)
                    .put("version", 1)
                    .put("name", to)
                    .put("publicKey", publicKey.hex())
                    .put("privateKey", Hex.encode(seed));
            Path temporary = directory.resolve("." + to + ".key." + Long.toHexString(random.nextLong()) + ".tmp");
            createOwnerOnlyFile(temporary);
            try {
                Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
                Files.move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            Files.delete(source);
            return new WalletKey(to, publicKey, target);
        } catch (FileAlreadyExistsException e) {
            throw new WalletException("a key named " + to + " already exists (" + target + ")", e);
        } catch (IOException e) {
            throw new WalletException("cannot rename the key file " + source + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** Signs SHA-256(intent bytes) with the key {@code name} (RUNTIME A.6). */
    public TxSignature sign(String name, Intent intent) {
        byte[] seed = readSeed(name);
        try {
            PublicKey publicKey = ed25519.publicKeyOf(seed);
            return new TxSignature(publicKey, ed25519.sign(seed, intent.digest().bytes()));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private byte[] readSeed(String name) {
        checkName(name);
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            throw new WalletException("there is no key named " + name + " (looked for " + file + ")");
        }
        checkOwnerOnly(file);
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new WalletException("the key file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WalletException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        if (json == null || !FORMAT.equals(json.path("format").asText())) {
            throw new WalletException("the key file " + file + " is not a Starstream key (format \"" + FORMAT + "\")");
        }
        byte[] seed = Hex.decode(json.path("privateKey").asText())
                .filter(bytes -> bytes.length == Ed25519.SEED_LENGTH)
                .orElseThrow(() -> new WalletException("the key file " + file + " has no valid privateKey (64 hex digits)"));
        PublicKey derived = ed25519.publicKeyOf(seed);
        if (!derived.hex().equalsIgnoreCase(json.path("publicKey").asText())) {
            Arrays.fill(seed, (byte) 0);
            throw new WalletException("the key file " + file + " is damaged: its publicKey does not belong to its privateKey");
        }
        return seed;
    }

    /** Refuses a key file that anyone but its owner may read or write. */
    static void checkOwnerOnly(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Set<PosixFilePermission> extra = groupOrOthers(permissions);
            if (!extra.isEmpty()) {
                throw new WalletException("the key file " + file + " can be accessed by others (mode "
                        + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new WalletException("cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (supportsPosix(parent)) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectory(directory);
        }
    }

    private static void createOwnerOnlyFile(Path file) throws IOException {
        if (supportsPosix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            // The umask may have removed bits but never adds any; set exactly 0600 regardless.
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        } else {
            Files.createFile(file);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private Path fileOf(String name) {
        return directory.resolve(name + ".key");
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new WalletException("a key name is 1–64 letters, digits, '_', '.' or '-', starting with a letter "
                    + "or digit; \"" + name + "\" is not");
        }
    }

    /** The permissions that give group or others any access. */
    private static Set<PosixFilePermission> groupOrOthers(Set<PosixFilePermission> permissions) {
        Set<PosixFilePermission> extra = EnumSet.copyOf(permissions.isEmpty() ? Set.of(PosixFilePermission.OWNER_READ) : permissions);
        extra.removeAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        return extra;
    }
}
