package vn.htx.portal.documents.domain;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.search.FileTextExtraction;

/**
 * Extracts the text of attached files after the upload has been answered, one file at a time on
 * one background thread, each in a small JVM of its own ({@link FileTextExtraction}): a file that
 * is slow, huge or hostile delays only the next file's text, never a request, and never takes the
 * portal's memory. The text reaches the document's search index when it is ready; an attachment
 * still waiting when the portal stopped is taken up again at the next start.
 */
@Component
public class AttachmentTexts {

    private static final Logger log = LoggerFactory.getLogger(AttachmentTexts.class);

    private final DocumentAttachmentRepository attachments;
    private final MediaStorage storage;
    private final FileTextExtraction extraction;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "attachment-text");
        thread.setDaemon(true);
        return thread;
    });

    AttachmentTexts(
            DocumentAttachmentRepository attachments,
            MediaStorage storage,
            FileTextExtraction extraction,
            TransactionTemplate transactions,
            Clock clock) {
        this.attachments = attachments;
        this.storage = storage;
        this.extraction = extraction;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues the attachment's text extraction once the current transaction has committed. */
    public void extractAfterCommit(long attachmentId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(attachmentId);
                }
            });
        } else {
            submit(attachmentId);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeWaiting() {
        transactions
                .execute(tx -> attachments.findByTextStatus(DocumentAttachment.TextStatus.PENDING).stream()
                        .map(DocumentAttachment::getId)
                        .toList())
                .forEach(this::submit);
    }

    private void submit(long attachmentId) {
        worker.execute(() -> {
            try {
                extract(attachmentId);
            } catch (RuntimeException e) {
                log.warn("The text of attachment {} could not be extracted: {}", attachmentId, e.toString());
            }
        });
    }

    private void extract(long attachmentId) {
        record Job(String key, String extension) {}
        Job job = transactions.execute(tx -> attachments
                .findById(attachmentId)
                .filter(a -> a.getTextStatus() == DocumentAttachment.TextStatus.PENDING)
                .map(a -> new Job(a.getStorageKey(), a.getExtension()))
                .orElse(null));
        if (job == null) {
            return; // removed meanwhile, or already done
        }
        String text = readText(job.key(), job.extension()).orElse(null);
        transactions.executeWithoutResult(tx -> attachments
                .findById(attachmentId)
                .ifPresent(a -> {
                    a.textExtracted(text);
                    a.getDocument().attachmentTextExtracted(clock.instant());
                }));
    }

    private Optional<String> readText(String key, String extension) {
        Optional<Resource> stored = storage.get(key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (stored.get().isFile()) {
                return extraction.extract(stored.get().getFile().toPath(), extension);
            }
            Path copy = Files.createTempFile("portal-attachment-", "." + extension);
            try (InputStream in = stored.get().getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return extraction.extract(copy, extension);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            log.warn("The stored file {} could not be read for its text: {}", key, e.toString());
            return Optional.empty();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
