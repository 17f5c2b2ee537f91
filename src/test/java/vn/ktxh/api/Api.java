package vn.ktxh.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A client of the running system's HTTP API, for tests; signs in with HTTP Basic as a demo account (or nobody). */
public record Api(int port, String user, String password, String cookie, String csrf, String token) {

    public static final String DEMO_PASSWORD = "demo-ktxh-2025";

    /** As the demo administrator. */
    public Api(int port) {
        this(port, "quantri", DEMO_PASSWORD);
    }

    public Api(int port, String user, String password) {
        this(port, user, password, null, null);
    }

    public Api(int port, String user, String password, String cookie, String csrf) {
        this(port, user, password, cookie, csrf, null);
    }

    /** As an API client with a token ({@code Authorization: Bearer}), no password, no session. */
    public static Api withToken(int port, String token) {
        return new Api(port, null, null, null, null, token);
    }

    public Api as(String demoUser) {
        return new Api(port, demoUser, DEMO_PASSWORD);
    }

    public Api anonymous() {
        return new Api(port, null, null);
    }

    /**
     * As a browser would be after signing in through the form as {@code demoUser}: a session cookie, and
     * the form's CSRF token sent as the X-CSRF-TOKEN header on every request.
     */
    public static Api signedInPage(int port, String demoUser) {
        Api anonymous = new Api(port, null, null);
        HttpResponse<String> form = anonymous.text("/dang-nhap");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Api session = new Api(port, null, null, cookie, csrfOf(form.body()));
        HttpResponse<String> signedIn =
                session.form("/dang-nhap", "username=" + demoUser + "&password=" + DEMO_PASSWORD);
        String renewed = signedIn.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("dang-nhap")) {
            throw new IllegalStateException("sign-in as " + demoUser + " failed: " + signedIn.statusCode());
        }
        Api withSession = new Api(port, null, null, renewed, null);
        return new Api(
                port, null, null, renewed, csrfOf(withSession.text("/dang-nhap").body()));
    }

    private static String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** A form post (application/x-www-form-urlencoded), as a browser sends it. */
    public HttpResponse<String> form(String path, String body) {
        return exchange(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code body} is the JSON answer (null for another type), {@code text} the answer as received. */
    public record Reply(int status, String contentType, JsonNode body, String text) {}

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** A reply that is not JSON (CSV, HTML), as text with its status and headers. */
    public HttpResponse<String> text(String path) {
        return exchange(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /**
     * A POST of a body of another type than JSON (JSON Lines, CSV) as it is produced, without a length (chunked): what
     * a client streaming a large import sends. {@code headers}: name, value, name, value…
     */
    public CompletableFuture<Reply> postStream(
            String path, String contentType, Flow.Publisher<ByteBuffer> body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpRequest sent =
                request.POST(HttpRequest.BodyPublishers.fromPublisher(body)).build();
        return CLIENT.sendAsync(sent, HttpResponse.BodyHandlers.ofString()).thenApply(Api::reply);
    }

    /** A POST of a whole body of another type than JSON. */
    public Reply post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The raw answer of a GET, for downloads (a workbook). */
    public byte[] bytes(String path) {
        HttpResponse<byte[]> response = download(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** A multipart/form-data POST of one file in the part {@code file}, as a browser's form sends it. */
    public Reply upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, "application/octet-stream", content);
    }

    public Reply upload(String path, String fileName, String contentType, byte[] content) {
        return send(multipart(path, fileName, contentType, content));
    }

    /** A multipart POST of one file, as a page's form sends it, answered as text with its headers (a redirect, a page). */
    public HttpResponse<String> uploadForm(String path, String fileName, byte[] content) {
        return exchange(
                multipart(path, fileName, "application/octet-stream", content), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST of one file in the part {@code file}. */
    private HttpRequest multipart(String path, String fileName, String contentType, byte[] content) {
        String boundary = "ktxh-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    /** A download with its status and headers (a sheet, a document, an attachment). */
    public HttpResponse<byte[]> download(String path) {
        return exchange(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (csrf != null) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        return reply(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> response) {
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean json = type.contains("json") || type.isEmpty();
        return new Reply(
                response.statusCode(),
                type,
                !json || body == null || body.isBlank() ? null : JSON.readTree(body),
                body);
    }

    /** Every request goes out here: a test has no use for checked exceptions. */
    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
