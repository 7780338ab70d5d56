package org.neurocanvas.export;

/**
 * The Python function that the generated modules (PyTorch, Keras) share to read a {@code .ncmodel}
 * bundle with nothing but the standard library and numpy: every array by its NeuroCanvas name,
 * each checked against the manifest's SHA-256, and the input scaling as {@code scaler/shift} and
 * {@code scaler/factor}. A module that includes it imports hashlib, io, json, zipfile and numpy as np.
 */
final class PythonBundleReader {

    static final String FUNCTION = """


            def read_bundle(path):
                \"\"\"Every array of a bundle by its NeuroCanvas name, each checked against the manifest's SHA-256.\"\"\"
                with zipfile.ZipFile(path) as bundle:
                    manifest = json.loads(bundle.read("manifest.json"))

                    def array(entry):
                        data = bundle.read(entry)
                        if hashlib.sha256(data).hexdigest() != manifest["sha256"].get(entry):
                            raise ValueError(f"{path}: entry {entry} does not match its checksum; the file was changed or damaged.")
                        return np.load(io.BytesIO(data))

                    arrays = {tensor["name"]: array(tensor["entry"]) for tensor in manifest["tensors"]}
                    scaler = json.loads(bundle.read("scaler.json"))
                    arrays["scaler/shift"] = array(scaler["shift"])
                    arrays["scaler/factor"] = array(scaler["factor"])
                    return arrays
            """;

    private PythonBundleReader() {
    }
}
