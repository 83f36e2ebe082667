package com.stratum.icp;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every ICP profile, oldest first (the first is the default one); at most 20, so never paged.")
public record IcpProfileList(@Schema(required = true) List<IcpProfileDetail> items) {
}
